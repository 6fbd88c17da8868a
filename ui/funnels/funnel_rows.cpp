#include "funnel_rows.h"

#include "ui/common/event_colors.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

namespace waymark::ui {

namespace {

constexpr int kStageRole = Qt::UserRole + 1;

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

QToolButton* toolButton(QStyle::StandardPixmap icon, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

void fillPropertyCombo(QComboBox* combo, const FunnelChoices& choices)
{
    combo->addItem(FunnelStepRow::tr("no filter"), QString());
    for (const QString& p : choices.eventProperties)
        combo->addItem(FunnelStepRow::tr("%1 (event)").arg(p), QString(QStringLiteral("event.") + p));
    for (const QString& p : choices.userProperties)
        combo->addItem(FunnelStepRow::tr("%1 (user)").arg(p), QString(QStringLiteral("user.") + p));
}

} // namespace

void fillStepCombo(QComboBox* combo, const FunnelChoices& choices, bool withStages)
{
    combo->clear();
    if (withStages)
        for (const auto& [id, name] : choices.stages) {
            combo->addItem(combo->style()->standardIcon(QStyle::SP_DirIcon),
                FunnelStepRow::tr("Stage: %1").arg(name), name);
            combo->setItemData(combo->count() - 1, true, kStageRole);
        }
    for (const auto& [id, name] : choices.events) {
        combo->addItem(swatch(eventColor(id)), name, name);
        combo->setItemData(combo->count() - 1, false, kStageRole);
    }
}

void selectStep(QComboBox* combo, const QString& name, bool stage)
{
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemData(i).toString() == name && combo->itemData(i, kStageRole).toBool() == stage) {
            combo->setCurrentIndex(i);
            return;
        }
    // A step whose event is gone from the project stays visible so the error can name it.
    combo->addItem(name, name);
    combo->setItemData(combo->count() - 1, stage, kStageRole);
    combo->setCurrentIndex(combo->count() - 1);
}

FunnelStepRow::FunnelStepRow(const FunnelChoices& choices, QWidget* parent)
    : QFrame(parent)
    , m_number(new QLabel(this))
    , m_event(new QComboBox(this))
    , m_property(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_up(toolButton(QStyle::SP_ArrowUp, tr("Move step up"), this))
    , m_down(toolButton(QStyle::SP_ArrowDown, tr("Move step down"), this))
    , m_remove(toolButton(QStyle::SP_DialogCloseButton, tr("Remove step"), this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_number->font();
    bold.setBold(true);
    m_number->setFont(bold);
    m_number->setMinimumWidth(m_number->fontMetrics().horizontalAdvance(QStringLiteral("00")));
    fillStepCombo(m_event, choices, true);
    m_event->setAccessibleName(tr("Step event"));
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_event->setMinimumContentsLength(14);
    fillPropertyCombo(m_property, choices);
    m_property->setAccessibleName(tr("Step filter property"));
    m_property->setToolTip(tr("Only count events of this step whose property equals the value"));
    m_property->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_property->setMinimumContentsLength(8);
    m_value->setPlaceholderText(tr("value"));
    m_value->setAccessibleName(tr("Step filter value"));
    m_value->setEnabled(false);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 2, 4);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_number, 0, 0);
    grid->addWidget(m_event, 0, 1, 1, 3);
    grid->addWidget(m_up, 0, 4);
    grid->addWidget(m_down, 0, 5);
    grid->addWidget(m_remove, 0, 6);
    grid->addWidget(new QLabel(tr("where"), this), 1, 1);
    grid->addWidget(m_property, 1, 2);
    grid->addWidget(m_value, 1, 3, 1, 4);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);

    connect(m_event, &QComboBox::currentIndexChanged, this, &FunnelStepRow::changed);
    connect(m_property, &QComboBox::currentIndexChanged, this, [this] {
        m_value->setEnabled(!m_property->currentData().toString().isEmpty());
        emit changed();
    });
    connect(m_value, &QLineEdit::editingFinished, this, &FunnelStepRow::changed);
    connect(m_up, &QToolButton::clicked, this, &FunnelStepRow::moveUpRequested);
    connect(m_down, &QToolButton::clicked, this, &FunnelStepRow::moveDownRequested);
    connect(m_remove, &QToolButton::clicked, this, &FunnelStepRow::removeRequested);
}

void FunnelStepRow::setNumber(int number, int count)
{
    m_number->setText(QString::number(number));
    m_up->setEnabled(number > 1);
    m_down->setEnabled(number < count);
    m_remove->setEnabled(count > 1);
}

FunnelStepDef FunnelStepRow::step() const
{
    FunnelStepDef s;
    s.name = m_event->currentData().toString();
    s.stage = m_event->currentData(kStageRole).toBool();
    s.property = m_property->currentData().toString();
    if (!s.property.isEmpty()) s.value = m_value->text().trimmed();
    return s;
}

void FunnelStepRow::setStep(const FunnelStepDef& step)
{
    const QSignalBlocker blockEvent(m_event), blockProperty(m_property), blockValue(m_value);
    selectStep(m_event, step.name, step.stage);
    const int property = m_property->findData(step.property);
    m_property->setCurrentIndex(property >= 0 ? property : 0);
    m_value->setText(step.value);
    m_value->setEnabled(m_property->currentIndex() > 0);
}

FunnelExclusionRow::FunnelExclusionRow(const FunnelChoices& choices, QWidget* parent)
    : QWidget(parent)
    , m_event(new QComboBox(this))
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_remove(toolButton(QStyle::SP_DialogCloseButton, tr("Remove exclusion"), this))
{
    fillStepCombo(m_event, choices, false);
    m_event->setAccessibleName(tr("Excluded event"));
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_event->setMinimumContentsLength(10);
    m_from->setAccessibleName(tr("Exclusion from step"));
    m_to->setAccessibleName(tr("Exclusion to step"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_event, 1);
    layout->addWidget(new QLabel(tr("between"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("and"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_remove);
    setStepCount(2);
    connect(m_event, &QComboBox::currentIndexChanged, this, &FunnelExclusionRow::changed);
    connect(m_from, &QSpinBox::valueChanged, this, [this](int from) {
        if (m_to->value() <= from) m_to->setValue(from + 1);
        emit changed();
    });
    connect(m_to, &QSpinBox::valueChanged, this, [this](int to) {
        if (m_from->value() >= to) m_from->setValue(to - 1);
        emit changed();
    });
    connect(m_remove, &QToolButton::clicked, this, &FunnelExclusionRow::removeRequested);
}

void FunnelExclusionRow::setStepCount(int count)
{
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setRange(1, std::max(1, count - 1));
    m_to->setRange(2, std::max(2, count));
}

FunnelExclusionDef FunnelExclusionRow::exclusion() const
{
    return { m_event->currentData().toString(), m_from->value(), m_to->value() };
}

void FunnelExclusionRow::setExclusion(const FunnelExclusionDef& x)
{
    const QSignalBlocker blockEvent(m_event), blockFrom(m_from), blockTo(m_to);
    selectStep(m_event, x.event, false);
    m_from->setValue(x.fromStep);
    m_to->setValue(x.toStep);
}

} // namespace waymark::ui
