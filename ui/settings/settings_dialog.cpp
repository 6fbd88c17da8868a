#include "settings_dialog.h"

#include "settings.h"
#include "ui/common/i18n.h"
#include "ui/common/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeZone>

namespace waymark::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_gap(new QSpinBox(this))
    , m_timezone(new QComboBox(this))
    , m_restart(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    Settings& s = Settings::instance();
    auto* form = new QFormLayout(this);

    m_language->addItem(tr("System language"), QString());
    for (const auto& [code, name] : availableLanguages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language())));
    m_language->setToolTip(tr("The language of the user interface; applies after a restart"));
    form->addRow(tr("&Language:"), m_language);
    m_restart->setText(tr("Waymark uses the new language the next time it starts."));
    m_restart->setForegroundRole(QPalette::PlaceholderText);
    m_restart->hide();
    form->addRow(QString(), m_restart);
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this, &s] { m_restart->setVisible(m_language->currentData().toString() != s.language()); });

    m_theme->addItem(tr("Follow the system"), QVariant::fromValue(Settings::Theme::System));
    m_theme->addItem(tr("Light"), QVariant::fromValue(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(Settings::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(QVariant::fromValue(s.theme()))));
    form->addRow(tr("&Appearance:"), m_theme);

    m_unit->addItem(tr("Users"), QVariant::fromValue(Settings::Unit::Users));
    m_unit->addItem(tr("Sessions"), QVariant::fromValue(Settings::Unit::Sessions));
    m_unit->setCurrentIndex(s.defaultUnit() == Settings::Unit::Sessions ? 1 : 0);
    m_unit->setToolTip(tr("What new projects count by default"));
    form->addRow(tr("Default &unit:"), m_unit);

    m_gap->setRange(1, 24 * 60);
    m_gap->setSuffix(tr(" min"));
    m_gap->setValue(s.sessionGapMinutes());
    m_gap->setToolTip(tr("Inactivity that starts a new session when an export has no session column"));
    form->addRow(tr("Session &gap:"), m_gap);

    m_timezone->addItem(tr("UTC"), QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timezone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    m_timezone->setCurrentIndex(std::max(0, m_timezone->findData(s.importTimezone())));
    m_timezone->setToolTip(tr("Time zone of timestamps that carry no offset"));
    form->addRow(tr("Import &time zone:"), m_timezone);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    Settings& s = Settings::instance();
    s.setLanguage(m_language->currentData().toString());
    const auto theme = m_theme->currentData().value<Settings::Theme>();
    if (theme != s.theme()) {
        s.setTheme(theme);
        applyTheme(theme);
    }
    s.setDefaultUnit(m_unit->currentData().value<Settings::Unit>());
    s.setSessionGapMinutes(m_gap->value());
    s.setImportTimezone(m_timezone->currentData().toString());
    QDialog::accept();
}

} // namespace waymark::ui
