// kvalis: the command-line entry point. Commands live in src/cli/commands/.
#include "cli/commands/command.hpp"

int main(int argc, char** argv) { return kvalis::cli::run(argc, argv); }
