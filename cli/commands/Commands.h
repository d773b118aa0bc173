#pragma once

#include "Cli.h"

// One function per verb; Cli::commands() lists them in the order `--help` shows them.
namespace daicho::cli {

Command initCommand();
Command statsCommand();
Command checkCommand();
Command importCommand();
Command exportCommand();
Command reportCommand();

} // namespace daicho::cli
