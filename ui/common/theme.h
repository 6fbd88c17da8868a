#pragma once

#include "ui/settings/settings.h"

#include <QColor>

class QToolButton;

namespace waymark::ui {

// Applies the Fusion style with a light or dark palette. System follows the palette the platform
// gave the application at start-up (Qt 6.4 has no colour-scheme hint to listen to).
void applyTheme(Settings::Theme theme);
bool isDarkTheme();
// Colours for data that must stay readable on both palettes.
QColor labelColor(int label); // -1 negative, 0 neutral, 1 positive
QColor warningColor();
// A text tool button that opens a menu: Fusion draws the menu arrow over the last letters unless
// the button leaves room for it.
void makeRoomForMenuArrow(QToolButton* button);

} // namespace waymark::ui
