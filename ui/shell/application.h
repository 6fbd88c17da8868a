#pragma once

namespace waymark::ui {

// The desktop application: `waymark [PROJECT]`. Sets up names, translations and the palette,
// then shows the main window with the project (or the start page).
int runDesktop(int argc, char** argv);

// Application-wide set-up shared with the GUI tests: names, translators, theme.
void initApplication();

} // namespace waymark::ui
