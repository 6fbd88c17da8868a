#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMetaEnum>
#include <QSettings>
#include <QThread>

namespace waymark::ui {

namespace {
const char* const kTheme = "appearance/theme";
const char* const kLanguage = "appearance/language";
const char* const kRecent = "projects/recent";
const char* const kSessionGap = "import/sessionGapMinutes";
const char* const kTimezone = "import/timezone";
const char* const kImportDir = "import/lastDirectory";
const char* const kUnit = "filters/defaultUnit";
const char* const kGeometry = "window/geometry";
const char* const kSessionsSplitter = "window/sessionsSplitter";

template<typename E> QString enumKey(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(static_cast<int>(value)));
}
template<typename E> E enumFromKey(const QString& key, E fallback)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(key.toLatin1().constData(), &ok);
    return ok ? static_cast<E>(v) : fallback;
}
} // namespace

Settings& Settings::instance()
{
    static Settings settings;
    return settings;
}

Settings::Settings()
    : m_store(std::make_unique<QSettings>())
{
}

Settings::~Settings() = default;

void Settings::setValue(const char* key, const QVariant& value)
{
    // QSettings is not meant to be shared across threads; catching misuse early is cheaper than a
    // corrupted file.
    Q_ASSERT(QThread::currentThread() == thread());
    m_store->setValue(QLatin1String(key), value);
}

QVariant Settings::value(const char* key, const QVariant& fallback) const
{
    Q_ASSERT(QThread::currentThread() == thread());
    return m_store->value(QLatin1String(key), fallback);
}

Settings::Theme Settings::theme() const
{
    return enumFromKey(value(kTheme).toString(), Theme::System);
}

void Settings::setTheme(Theme theme)
{
    if (theme == this->theme()) return;
    setValue(kTheme, enumKey(theme));
    emit themeChanged(theme);
}

QString Settings::language() const
{
    return value(kLanguage).toString();
}

void Settings::setLanguage(const QString& code)
{
    if (code == language()) return;
    setValue(kLanguage, code);
    emit languageChanged(code);
}

QStringList Settings::recentProjects() const
{
    return value(kRecent).toStringList();
}

void Settings::setRecent(const QStringList& list)
{
    setValue(kRecent, list);
    emit recentProjectsChanged();
}

void Settings::addRecentProject(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    setRecent(list);
}

void Settings::removeRecentProject(const QString& path)
{
    QStringList list = recentProjects();
    if (list.removeAll(path)) setRecent(list);
}

void Settings::clearRecentProjects()
{
    setRecent({});
}

int Settings::sessionGapMinutes() const
{
    return qBound(1, value(kSessionGap, 30).toInt(), 24 * 60);
}

void Settings::setSessionGapMinutes(int minutes)
{
    setValue(kSessionGap, minutes);
    emit importDefaultsChanged();
}

QString Settings::importTimezone() const
{
    return value(kTimezone).toString();
}

void Settings::setImportTimezone(const QString& zone)
{
    setValue(kTimezone, zone);
    emit importDefaultsChanged();
}

QString Settings::lastImportDirectory() const
{
    return value(kImportDir, QDir::homePath()).toString();
}

void Settings::setLastImportDirectory(const QString& dir)
{
    setValue(kImportDir, dir);
}

Settings::Unit Settings::defaultUnit() const
{
    return enumFromKey(value(kUnit).toString(), Unit::Users);
}

void Settings::setDefaultUnit(Unit unit)
{
    setValue(kUnit, enumKey(unit));
}

QByteArray Settings::windowGeometry() const
{
    return value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    setValue(kGeometry, geometry);
}

QByteArray Settings::sessionsSplitter() const
{
    return value(kSessionsSplitter).toByteArray();
}

void Settings::setSessionsSplitter(const QByteArray& state)
{
    setValue(kSessionsSplitter, state);
}

} // namespace waymark::ui
