#include "tag_bar.h"

#include "session_row.h"
#include "ui/common/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace waymark::ui {

TagBar::TagBar(QWidget* parent)
    : QWidget(parent)
    , m_current(new QLabel(this))
    , m_note(new QLineEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Tag:"), this));
    layout->addWidget(button(tr("Positive"), tr("Tag the session positive (1)"), 1));
    layout->addWidget(button(tr("Negative"), tr("Tag the session negative (2)"), -1));
    layout->addWidget(button(tr("Neutral"), tr("Tag the session neutral (3)"), 0));
    layout->addWidget(button(tr("Clear"), tr("Remove the tag (0)"), std::nullopt));
    layout->addWidget(m_current);
    m_note->setPlaceholderText(tr("Note (Enter saves)"));
    m_note->setAccessibleName(tr("Session note"));
    m_note->setToolTip(tr("A note on this session, saved in the project when you press Enter; a note alone "
                          "tags the session neutral"));
    m_note->setClearButtonEnabled(true);
    layout->addWidget(m_note, 1);
    connect(m_note, &QLineEdit::returnPressed, this, [this] { emit noteRequested(m_note->text()); });
    setSession(0, {});
}

QToolButton* TagBar::button(const QString& text, const QString& tip, std::optional<int> label)
{
    auto* b = new QToolButton(this);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(text);
    b->setFocusPolicy(Qt::NoFocus); // keep the keyboard on the table so 1/2/3 keep working
    if (label) {
        QPalette p = b->palette();
        p.setColor(QPalette::ButtonText, labelColor(*label));
        b->setPalette(p);
    }
    connect(b, &QToolButton::clicked, this, [this, label] { emit labelRequested(label); });
    m_buttons << b;
    return b;
}

void TagBar::setSession(qint64 sessionId, const SessionLabel& label)
{
    m_sessionId = sessionId;
    for (QToolButton* b : std::as_const(m_buttons))
        b->setEnabled(sessionId != 0);
    m_note->setEnabled(sessionId != 0);
    if (!m_note->hasFocus() || sessionId == 0) m_note->setText(label.note);
    m_current->setText(label.label ? tr("currently <b>%1</b>").arg(labelName(label.label)) : QString());
}

} // namespace waymark::ui
