#pragma once

namespace daicho::cli {

// The whole of daicho-cli's main(): creates the application object the command needs,
// installs translations and runs the command.
int main(int argc, char** argv);

} // namespace daicho::cli
