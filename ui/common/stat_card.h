#pragma once

#include <QFrame>

class QLabel;

namespace waymark::ui {

// One headline number with its caption and a detail line, as on the overview page.
class StatCard : public QFrame {
    Q_OBJECT
public:
    StatCard(const QString& caption, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& detail = {});
    QString value() const;

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace waymark::ui
