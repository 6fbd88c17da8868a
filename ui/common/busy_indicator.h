#pragma once

#include <QWidget>

class QTimer;

namespace waymark::ui {

// A small spinning arc shown while a view waits for its jobs. Counts nested begin/end pairs so
// several jobs of one view keep it spinning until the last one settles.
class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    void begin();
    void end();
    void reset();
    bool isBusy() const { return m_depth > 0; }
    QSize sizeHint() const override { return { 20, 20 }; }

signals:
    void busyChanged(bool busy);

protected:
    void paintEvent(QPaintEvent*) override;

private:
    void update(bool wasBusy);
    QTimer* m_timer;
    int m_depth = 0;
    int m_angle = 0;
};

} // namespace waymark::ui
