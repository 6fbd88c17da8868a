#pragma once

#include <QWidget>

class QListWidget;
class QLabel;

namespace waymark::ui {

struct Actions;

// What the window shows without a project: New, Open, Open demo and the recent projects.
class StartPage : public QWidget {
    Q_OBJECT
public:
    StartPage(const Actions& actions, QWidget* parent = nullptr);
    void showError(const QString& message);
    QListWidget* recentList() const { return m_recent; }

signals:
    void openRequested(const QString& path);

private:
    void refreshRecent();
    QListWidget* m_recent;
    QLabel* m_error;
};

} // namespace waymark::ui
