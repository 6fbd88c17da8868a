#include "event_colors.h"

#include "theme.h"

#include <array>

namespace waymark::ui {

QColor eventColor(qint64 eventTypeId)
{
    // Tableau 10 and its lighter companions: distinct for colour-blind readers in the first ten.
    static constexpr std::array<QRgb, 20> palette { 0x4e79a7, 0xf28e2b, 0x59a14f, 0xb07aa1, 0x76b7b2,
        0xedc948, 0xff9da7, 0x9c755f, 0xe15759, 0x86bcb6, 0xa0cbe8, 0xffbe7d, 0x8cd17d, 0xd4a6c8, 0x499894,
        0xf1ce63, 0xd37295, 0xb6992d, 0x79706e, 0xfabfd2 };
    const qint64 index = eventTypeId > 0 ? eventTypeId - 1 : 0;
    QColor c;
    if (index < static_cast<qint64>(palette.size())) {
        c = QColor::fromRgb(palette[static_cast<size_t>(index)]);
    } else {
        // Beyond the palette: golden-angle hues keep neighbours in id order apart.
        const int hue = static_cast<int>((index * 137) % 360);
        c = QColor::fromHsv(hue, index % 2 ? 120 : 160, index % 3 ? 210 : 180);
    }
    return isDarkTheme() ? c.lighter(110) : c;
}

QColor otherEventColor()
{
    return isDarkTheme() ? QColor(0x8a, 0x8f, 0x98) : QColor(0xa9, 0xad, 0xb4);
}

QColor endOfPathColor()
{
    return isDarkTheme() ? QColor(0x9a, 0x5b, 0x5b) : QColor(0xc9, 0x8b, 0x8b);
}

} // namespace waymark::ui
