#include "Main.h"

int main(int argc, char** argv)
{
    return daicho::cli::main(argc, argv);
}
