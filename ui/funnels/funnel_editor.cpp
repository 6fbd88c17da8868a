#include "funnel_editor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {
const QString kSegments = QStringLiteral("segments:");

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}
} // namespace

FunnelEditor::FunnelEditor(QWidget* parent)
    : QWidget(parent)
    , m_stepLayout(new QVBoxLayout)
    , m_exclusionLayout(new QVBoxLayout)
    , m_addStep(new QPushButton(tr("Add step"), this))
    , m_addExclusion(new QPushButton(tr("Add exclusion"), this))
    , m_window(new QSpinBox(this))
    , m_windowUnit(new QComboBox(this))
    , m_order(new QComboBox(this))
    , m_hold(new QComboBox(this))
    , m_breakdown(new QComboBox(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(heading(tr("Steps"), this));
    m_stepLayout->setSpacing(4);
    layout->addLayout(m_stepLayout);
    m_addStep->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    layout->addWidget(m_addStep, 0, Qt::AlignLeft);

    layout->addSpacing(6);
    layout->addWidget(heading(tr("Options"), this));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_window->setRange(1, 9999);
    m_window->setAccessibleName(tr("Conversion window"));
    m_windowUnit->addItems({ tr("seconds"), tr("minutes"), tr("hours"), tr("days") });
    m_windowUnit->setAccessibleName(tr("Conversion window unit"));
    auto* windowRow = new QHBoxLayout;
    windowRow->addWidget(m_window);
    windowRow->addWidget(m_windowUnit, 1);
    form->addRow(tr("Window"), windowRow);
    m_order->addItem(tr("In order"), int(analysis::FunnelOrder::Ordered));
    m_order->addItem(tr("Strict (next event)"), int(analysis::FunnelOrder::Strict));
    m_order->addItem(tr("Any order"), int(analysis::FunnelOrder::Any));
    m_order->setToolTip(
        tr("In order: other events may come between steps. Strict: each step is the very next "
           "event. Any order: counts how many of the steps were completed."));
    form->addRow(tr("Order"), m_order);
    m_hold->setToolTip(tr("Every step must carry the value the first step has (e.g. the same device)"));
    form->addRow(tr("Same value of"), m_hold);
    m_breakdown->setToolTip(
        tr("Compare the funnel between the values of a property or between saved segments"));
    form->addRow(tr("Break down by"), m_breakdown);
    layout->addLayout(form);

    layout->addSpacing(6);
    layout->addWidget(heading(tr("Exclusions"), this));
    auto* hint = new QLabel(tr("An excluded event between two steps disqualifies the attempt."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    layout->addLayout(m_exclusionLayout);
    layout->addWidget(m_addExclusion, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_addStep, &QPushButton::clicked, this, [this] {
        FunnelStepDef step;
        if (!m_choices.events.isEmpty()) step.name = m_choices.events.front().second;
        addStepRow(step);
        renumber();
        edited();
    });
    connect(m_addExclusion, &QPushButton::clicked, this, [this] {
        FunnelExclusionDef x;
        if (!m_choices.events.isEmpty()) x.event = m_choices.events.front().second;
        x.toStep = std::max(2, int(m_steps.size()));
        addExclusionRow(x);
        renumber();
        edited();
    });
    for (QComboBox* combo : { m_windowUnit, m_order, m_hold, m_breakdown })
        connect(combo, &QComboBox::currentIndexChanged, this, &FunnelEditor::edited);
    connect(m_window, &QSpinBox::valueChanged, this, &FunnelEditor::edited);
    setDefinition({});
}

void FunnelEditor::setChoices(const FunnelChoices& choices)
{
    if (choices == m_choices) return;
    const FunnelDefinition current = definition();
    m_choices = choices;
    fillPropertyCombos();
    setDefinition(current); // rebuilds the rows against the new lists
}

void FunnelEditor::fillPropertyCombos()
{
    const QSignalBlocker blockHold(m_hold), blockBreakdown(m_breakdown);
    m_hold->clear();
    m_breakdown->clear();
    m_hold->addItem(tr("nothing"), QString());
    m_breakdown->addItem(tr("nothing"), QString());
    if (!m_choices.segments.isEmpty()) m_breakdown->addItem(tr("Saved segments"), kSegments);
    for (const QString& p : m_choices.userProperties) {
        m_hold->addItem(tr("%1 (user)").arg(p), QString(QStringLiteral("user.") + p));
        m_breakdown->addItem(tr("%1 (user)").arg(p), QString(QStringLiteral("user.") + p));
    }
    for (const QString& p : m_choices.eventProperties) {
        m_hold->addItem(tr("%1 (event)").arg(p), QString(QStringLiteral("event.") + p));
        m_breakdown->addItem(tr("%1 (event, at step 1)").arg(p), QString(QStringLiteral("event.") + p));
    }
}

void FunnelEditor::setDefinition(const FunnelDefinition& d)
{
    m_updating = true;
    qDeleteAll(m_steps);
    m_steps.clear();
    qDeleteAll(m_exclusions);
    m_exclusions.clear();
    for (const auto& step : d.steps)
        addStepRow(step);
    for (const auto& x : d.exclusions)
        addExclusionRow(x);
    m_window->setValue(d.windowValue);
    m_windowUnit->setCurrentIndex(static_cast<int>(d.windowUnit));
    m_order->setCurrentIndex(m_order->findData(int(d.order)));
    m_hold->setCurrentIndex(std::max(0, m_hold->findData(d.holdProperty)));
    QString breakdown;
    if (d.breakdown == FunnelDefinition::Breakdown::Property) breakdown = d.breakdownProperty;
    if (d.breakdown == FunnelDefinition::Breakdown::Segments) breakdown = kSegments;
    m_breakdown->setCurrentIndex(std::max(0, m_breakdown->findData(breakdown)));
    renumber();
    m_updating = false;
}

FunnelDefinition FunnelEditor::definition() const
{
    FunnelDefinition d;
    for (const FunnelStepRow* row : m_steps)
        d.steps.push_back(row->step());
    for (const FunnelExclusionRow* row : m_exclusions)
        d.exclusions.push_back(row->exclusion());
    d.windowValue = m_window->value();
    d.windowUnit = static_cast<WindowUnit>(m_windowUnit->currentIndex());
    d.order = static_cast<analysis::FunnelOrder>(m_order->currentData().toInt());
    d.holdProperty = m_hold->currentData().toString();
    const QString breakdown = m_breakdown->currentData().toString();
    if (breakdown == kSegments) {
        d.breakdown = FunnelDefinition::Breakdown::Segments;
        d.breakdownSegments = m_choices.segments;
    } else if (!breakdown.isEmpty()) {
        d.breakdown = FunnelDefinition::Breakdown::Property;
        d.breakdownProperty = breakdown;
    }
    return d;
}

FunnelStepRow* FunnelEditor::addStepRow(const FunnelStepDef& step)
{
    auto* row = new FunnelStepRow(m_choices, this);
    row->setStep(step);
    m_steps.push_back(row);
    m_stepLayout->addWidget(row);
    connect(row, &FunnelStepRow::changed, this, &FunnelEditor::edited);
    connect(row, &FunnelStepRow::moveUpRequested, this, [this, row] { moveStep(row, -1); });
    connect(row, &FunnelStepRow::moveDownRequested, this, [this, row] { moveStep(row, 1); });
    connect(row, &FunnelStepRow::removeRequested, this, [this, row] { removeStep(row); });
    return row;
}

FunnelExclusionRow* FunnelEditor::addExclusionRow(const FunnelExclusionDef& exclusion)
{
    auto* row = new FunnelExclusionRow(m_choices, this);
    row->setStepCount(std::max(2, int(m_steps.size())));
    row->setExclusion(exclusion);
    m_exclusions.push_back(row);
    m_exclusionLayout->addWidget(row);
    connect(row, &FunnelExclusionRow::changed, this, &FunnelEditor::edited);
    connect(row, &FunnelExclusionRow::removeRequested, this, [this, row] { removeExclusion(row); });
    return row;
}

void FunnelEditor::moveStep(FunnelStepRow* row, int delta)
{
    const int from = int(m_steps.indexOf(row));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_steps.size()) return;
    m_steps.move(from, to);
    m_stepLayout->removeWidget(row);
    m_stepLayout->insertWidget(to, row);
    renumber();
    edited();
}

void FunnelEditor::removeStep(FunnelStepRow* row)
{
    if (m_steps.size() <= 1) return;
    m_steps.removeOne(row);
    row->deleteLater();
    m_stepLayout->removeWidget(row);
    renumber();
    edited();
}

void FunnelEditor::removeExclusion(FunnelExclusionRow* row)
{
    m_exclusions.removeOne(row);
    row->deleteLater();
    m_exclusionLayout->removeWidget(row);
    edited();
}

void FunnelEditor::renumber()
{
    const int count = int(m_steps.size());
    for (int i = 0; i < count; ++i)
        m_steps[i]->setNumber(i + 1, count);
    for (FunnelExclusionRow* row : m_exclusions)
        row->setStepCount(std::max(2, count));
    m_addExclusion->setEnabled(count >= 2);
}

void FunnelEditor::edited()
{
    if (!m_updating) emit changed();
}

} // namespace waymark::ui
