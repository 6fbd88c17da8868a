#pragma once

#include <QDialog>

namespace waymark::ui {

// Version, what Waymark is built on with each licence, and where the bundled demo data comes from.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    static QString licencesHtml();
};

} // namespace waymark::ui
