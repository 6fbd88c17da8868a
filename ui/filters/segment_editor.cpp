#include "segment_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {
enum Kind { EventRule, UserRule, SegmentRule };
const analysis::RuleOp kOps[] = { analysis::RuleOp::In, analysis::RuleOp::NotIn, analysis::RuleOp::Contains,
    analysis::RuleOp::NotContains, analysis::RuleOp::Gt, analysis::RuleOp::Gte, analysis::RuleOp::Lt,
    analysis::RuleOp::Lte, analysis::RuleOp::Exists, analysis::RuleOp::NotExists };
} // namespace

SegmentEditor::SegmentEditor(const QStringList& eventProperties, const QStringList& userProperties,
    const QStringList& savedSegments, QWidget* parent)
    : QDialog(parent)
    , m_eventProperties(eventProperties)
    , m_userProperties(userProperties)
    , m_segments(savedSegments)
    , m_match(new QComboBox(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_save(new QCheckBox(tr("Save as segment:"), this))
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Segment"));
    setMinimumWidth(640);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_match->addItem(tr("Match all rules (AND)"));
    m_match->addItem(tr("Match any rule (OR)"));
    m_match->setAccessibleName(tr("Combine rules"));
    top->addWidget(new QLabel(tr("Keep events that"), this));
    top->addWidget(m_match);
    top->addStretch();
    layout->addLayout(top);
    layout->addLayout(m_rowsLayout);
    auto* add = new QPushButton(tr("Add rule"), this);
    add->setToolTip(tr("Add a property rule"));
    connect(add, &QPushButton::clicked, this, &SegmentEditor::addRule);
    layout->addWidget(add, 0, Qt::AlignLeft);
    auto* saveRow = new QHBoxLayout;
    m_name->setPlaceholderText(tr("Segment name"));
    m_name->setEnabled(false);
    m_name->setAccessibleName(tr("Segment name"));
    connect(m_save, &QCheckBox::toggled, m_name, &QWidget::setEnabled);
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_name, 1);
    layout->addLayout(saveRow);
    auto* hint = new QLabel(
        tr("Several values are separated by “|”. Event rules test each event, user rules the person."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SegmentEditor::addRule()
{
    appendRow();
}

SegmentEditor::RuleRow& SegmentEditor::appendRow()
{
    RuleRow row;
    row.widget = new QWidget(this);
    auto* h = new QHBoxLayout(row.widget);
    h->setContentsMargins(0, 0, 0, 0);
    row.kind = new QComboBox(row.widget);
    row.kind->addItems({ tr("Event property"), tr("User property"), tr("In saved segment") });
    row.kind->setAccessibleName(tr("Rule kind"));
    row.property = new QComboBox(row.widget);
    row.property->setEditable(true);
    row.property->setMinimumWidth(160);
    row.property->setAccessibleName(tr("Property"));
    row.op = new QComboBox(row.widget);
    row.op->addItems({ tr("is"), tr("is not"), tr("contains"), tr("does not contain"), tr(">"), tr("≥"),
        tr("<"), tr("≤"), tr("exists"), tr("does not exist") });
    row.op->setAccessibleName(tr("Operator"));
    row.values = new QLineEdit(row.widget);
    row.values->setPlaceholderText(tr("value|value"));
    row.values->setAccessibleName(tr("Values"));
    auto* remove = new QToolButton(row.widget);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this rule"));
    remove->setAccessibleName(tr("Remove rule"));
    h->addWidget(row.kind);
    h->addWidget(row.property, 1);
    h->addWidget(row.op);
    h->addWidget(row.values, 1);
    h->addWidget(remove);
    m_rowsLayout->addWidget(row.widget);
    QWidget* widget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, widget] { removeRow(widget); });
    m_rows.push_back(row);
    auto update = [this, widget] {
        for (RuleRow& r : m_rows)
            if (r.widget == widget) updateRow(r);
    };
    connect(row.kind, &QComboBox::currentIndexChanged, this, update);
    connect(row.op, &QComboBox::currentIndexChanged, this, update);
    updateRow(m_rows.back());
    return m_rows.back();
}

void SegmentEditor::updateRow(RuleRow& row)
{
    const int kind = row.kind->currentIndex();
    const QString current = row.property->currentText();
    row.property->clear();
    row.property->addItems(kind == EventRule ? m_eventProperties
            : kind == UserRule               ? m_userProperties
                                             : m_segments);
    row.property->setEditable(kind != SegmentRule);
    row.property->setCurrentText(current);
    row.op->setVisible(kind != SegmentRule);
    const auto op = kOps[qBound(0, row.op->currentIndex(), 9)];
    row.values->setVisible(
        kind != SegmentRule && op != analysis::RuleOp::Exists && op != analysis::RuleOp::NotExists);
}

void SegmentEditor::removeRow(QWidget* widget)
{
    const auto it = std::find_if(
        m_rows.begin(), m_rows.end(), [widget](const RuleRow& r) { return r.widget == widget; });
    if (it == m_rows.end()) return;
    m_rows.erase(it);
    widget->deleteLater();
}

void SegmentEditor::setConditions(const analysis::ConditionGroup& group)
{
    m_match->setCurrentIndex(group.any ? 1 : 0);
    for (const analysis::Condition& c : group.items) {
        if (const auto* rule = std::get_if<analysis::PropertyRule>(&c.node)) {
            RuleRow& row = appendRow();
            row.kind->setCurrentIndex(
                rule->property.scope == analysis::PropertyScope::User ? UserRule : EventRule);
            row.property->setCurrentText(QString::fromStdString(rule->property.name));
            auto op = rule->op == analysis::RuleOp::Eq ? analysis::RuleOp::In
                : rule->op == analysis::RuleOp::Ne     ? analysis::RuleOp::NotIn
                                                       : rule->op;
            row.op->setCurrentIndex(int(std::find(std::begin(kOps), std::end(kOps), op) - std::begin(kOps)));
            QStringList values;
            for (const auto& v : rule->values)
                values << QString::fromStdString(v);
            row.values->setText(values.join(QLatin1Char('|')));
        } else if (const auto* ref = std::get_if<analysis::SegmentRef>(&c.node)) {
            RuleRow& row = appendRow();
            row.kind->setCurrentIndex(SegmentRule);
            row.property->setCurrentText(QString::fromStdString(ref->name));
        } else {
            m_kept.push_back(c);
        }
    }
}

analysis::ConditionGroup SegmentEditor::conditions() const
{
    analysis::ConditionGroup group;
    group.any = m_match->currentIndex() == 1;
    for (const RuleRow& row : m_rows) {
        const QString property = row.property->currentText().trimmed();
        if (property.isEmpty()) continue;
        if (row.kind->currentIndex() == SegmentRule) {
            group.items.push_back({ analysis::SegmentRef { property.toStdString() } });
            continue;
        }
        analysis::PropertyRule rule;
        rule.property = { row.kind->currentIndex() == UserRule ? analysis::PropertyScope::User
                                                               : analysis::PropertyScope::Event,
            property.toStdString() };
        rule.op = kOps[qBound(0, row.op->currentIndex(), 9)];
        if (rule.op != analysis::RuleOp::Exists && rule.op != analysis::RuleOp::NotExists)
            for (const QString& v : row.values->text().split(QLatin1Char('|'), Qt::SkipEmptyParts))
                rule.values.push_back(v.trimmed().toStdString());
        group.items.push_back({ rule });
    }
    group.items.insert(group.items.end(), m_kept.begin(), m_kept.end());
    return group;
}

QString SegmentEditor::saveName() const
{
    return m_save->isChecked() ? m_name->text().trimmed() : QString();
}

} // namespace waymark::ui
