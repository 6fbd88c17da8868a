#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QToolButton>

namespace waymark::ui {

namespace {

QPalette& systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

bool systemIsDark()
{
    const QPalette& p = systemPalette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xd1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x5c, 0x64, 0x70));
    p.setColor(QPalette::Link, QColor(0x0b, 0x5c, 0xc0));
    p.setColor(QPalette::Mid, QColor(0xc6, 0xcb, 0xd2));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x91, 0x9c));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x91, 0x9c));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x91, 0x9c));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x22, 0x25, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x1a, 0x1c, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x30));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x2d, 0x31, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x31, 0x38));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa7, 0xb1));
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::Mid, QColor(0x45, 0x4a, 0x53));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x47));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1b));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6f, 0x76, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6f, 0x76, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6f, 0x76, 0x80));
    return p;
}

bool g_dark = false;

} // namespace

void applyTheme(Settings::Theme theme)
{
    (void)systemPalette(); // remember the platform's palette before the first change
    g_dark = theme == Settings::Theme::Dark || (theme == Settings::Theme::System && systemIsDark());
    if (auto* fusion = QStyleFactory::create(QStringLiteral("Fusion"))) QApplication::setStyle(fusion);
    QApplication::setPalette(g_dark ? darkPalette() : lightPalette());
}

bool isDarkTheme()
{
    return g_dark;
}

QColor labelColor(int label)
{
    switch (label) {
    case 1:
        return g_dark ? QColor(0x5f, 0xd0, 0x8a) : QColor(0x1a, 0x7f, 0x37);
    case -1:
        return g_dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x2b, 0x22);
    default:
        return g_dark ? QColor(0xb0, 0xb6, 0xbf) : QColor(0x57, 0x60, 0x6a);
    }
}

QColor warningColor()
{
    return g_dark ? QColor(0xf2, 0xb8, 0x4b) : QColor(0x9a, 0x60, 0x00);
}

void makeRoomForMenuArrow(QToolButton* button)
{
    button->setStyleSheet(QStringLiteral("QToolButton { padding-right: 14px; }"));
}

} // namespace waymark::ui
