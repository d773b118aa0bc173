#include "GuiMain.h"

int main(int argc, char** argv)
{
    return daicho::guiMain(argc, argv);
}
