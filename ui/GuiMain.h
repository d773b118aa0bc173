#pragma once

namespace daicho {

// The whole of daicho's main(): application object, translations, which register to open
// (the command-line argument, else the last one, else the demo register, created on first
// start), and the main window.
int guiMain(int argc, char** argv);

} // namespace daicho
