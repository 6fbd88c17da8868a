#include "busy_indicator.h"

#include <QPainter>
#include <QTimer>

namespace waymark::ui {

BusyIndicator::BusyIndicator(QWidget* parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setFixedSize(sizeHint());
    setAccessibleName(tr("Busy indicator"));
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        QWidget::update();
    });
    setVisible(false);
}

void BusyIndicator::begin()
{
    ++m_depth;
    update(m_depth > 1);
}

void BusyIndicator::end()
{
    const bool was = m_depth > 0;
    if (m_depth > 0) --m_depth;
    update(was);
}

void BusyIndicator::reset()
{
    const bool was = m_depth > 0;
    m_depth = 0;
    update(was);
}

void BusyIndicator::update(bool wasBusy)
{
    const bool busy = m_depth > 0;
    setVisible(busy);
    setToolTip(busy ? tr("Working…") : QString());
    if (busy)
        m_timer->start();
    else
        m_timer->stop();
    if (busy != wasBusy) emit busyChanged(busy);
}

void BusyIndicator::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().highlight().color(), 2.5);
    pen.setCapStyle(Qt::RoundCap);
    p.setPen(pen);
    const QRectF r = QRectF(rect()).adjusted(3, 3, -3, -3);
    p.drawArc(r, -m_angle * 16, 270 * 16);
}

} // namespace waymark::ui
