#include "ui/shell/application.h"

int main(int argc, char** argv)
{
    return waymark::ui::runDesktop(argc, argv);
}
