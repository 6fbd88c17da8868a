#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;
class QLabel;

namespace waymark::ui {

// Language, appearance and the import wizard's defaults. Changes apply when the dialog is accepted.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    void accept() override;

    QComboBox* languageCombo() const { return m_language; }
    QComboBox* themeCombo() const { return m_theme; }

private:
    QComboBox* m_language;
    QComboBox* m_theme;
    QComboBox* m_unit;
    QSpinBox* m_gap;
    QComboBox* m_timezone;
    QLabel* m_restart;
};

} // namespace waymark::ui
