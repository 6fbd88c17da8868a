#include "format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace waymark::ui {

namespace {
class Format {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::Format)
public:
    static QString duration(qint64 s)
    {
        if (s < 60) return tr("%1 s").arg(s);
        if (s < 3600) return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
        if (s < 86400) return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
        return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    }
};
} // namespace

QString formatCount(qint64 value)
{
    return QLocale().toString(value);
}

QString formatPercent(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

QString formatDuration(qint64 ms)
{
    if (ms < 0) ms = 0;
    return Format::duration(ms / 1000);
}

QString shortDateFormat()
{
    // The locale's short date, but never a two-digit year ("7/3/26" reads three ways).
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString formatDateTime(qint64 utcMs)
{
    const QLocale locale;
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(),
        shortDateFormat() + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
}

QString formatDate(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().date(), shortDateFormat());
}

QString formatOffset(qint64 ms)
{
    const bool negative = ms < 0;
    qint64 s = (negative ? -ms : ms) / 1000;
    const QChar zero = QLatin1Char('0');
    QString text = s >= 3600
        ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s % 3600) / 60, 2, 10, zero).arg(s % 60, 2, 10, zero)
        : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, zero);
    return (negative ? QStringLiteral("-") : QStringLiteral("+")) + text;
}

} // namespace waymark::ui
