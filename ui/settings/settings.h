#pragma once

#include <QObject>
#include <QStringList>
#include <QVariant>
#include <memory>

class QSettings;

namespace waymark::ui {

// The one place that knows how preferences are stored. Everything else uses typed getters and
// setters and listens to the change signals; keys never leave settings.cpp. GUI thread only.
class Settings : public QObject {
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)
    enum class Unit { Users, Sessions };
    Q_ENUM(Unit)

    static Settings& instance();

    Theme theme() const;
    void setTheme(Theme theme);

    // A language code such as "de" or "fr"; empty means the system language.
    QString language() const;
    void setLanguage(const QString& code);

    QStringList recentProjects() const;
    void addRecentProject(const QString& path);
    void removeRecentProject(const QString& path);
    void clearRecentProjects();
    static constexpr int kMaxRecent = 8;

    // Defaults offered by the import wizard.
    int sessionGapMinutes() const;
    void setSessionGapMinutes(int minutes);
    QString importTimezone() const; // IANA name, empty = UTC
    void setImportTimezone(const QString& zone);
    QString lastImportDirectory() const;
    void setLastImportDirectory(const QString& dir);

    Unit defaultUnit() const;
    void setDefaultUnit(Unit unit);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray sessionsSplitter() const;
    void setSessionsSplitter(const QByteArray& state);

signals:
    void themeChanged(waymark::ui::Settings::Theme theme);
    void languageChanged(const QString& code);
    void recentProjectsChanged();
    void importDefaultsChanged();

private:
    Settings();
    ~Settings() override;
    void setValue(const char* key, const QVariant& value);
    QVariant value(const char* key, const QVariant& fallback = {}) const;
    void setRecent(const QStringList& list);
    std::unique_ptr<QSettings> m_store;
};

} // namespace waymark::ui
