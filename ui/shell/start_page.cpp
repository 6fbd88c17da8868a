#include "start_page.h"

#include "actions.h"
#include "ui/settings/settings.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark::ui {

StartPage::StartPage(const Actions& actions, QWidget* parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_error(new QLabel(this))
{
    auto* outer = new QHBoxLayout(this);
    auto* column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
    column->addStretch(1);
    auto* title = new QLabel(tr("Waymark"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);
    auto* tagline = new QLabel(
        tr("Evidence-based customer journey maps from your product's own data. "
           "Create a project, then import exports from Mixpanel, Amplitude, Segment, PostHog, GA4, "
           "Heap, CSV or JSON, plus tickets and feedback — or drop the files onto this window."),
        this);
    tagline->setWordWrap(true);
    column->addWidget(tagline);
    column->addSpacing(12);
    auto* buttons = new QHBoxLayout;
    for (QAction* action : { actions.newProject, actions.open, actions.openDemo }) {
        auto* button = new QPushButton(
            action->icon(), action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")), this);
        button->setToolTip(action->toolTip());
        button->setMinimumHeight(36);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    column->addLayout(buttons);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c02b22"));
    m_error->hide();
    column->addWidget(m_error);
    column->addSpacing(12);
    auto* recentTitle = new QLabel(tr("Recent projects"), this);
    recentTitle->setBuddy(m_recent);
    column->addWidget(recentTitle);
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setToolTip(tr("Double-click or press Enter to open"));
    m_recent->setMinimumHeight(160);
    column->addWidget(m_recent, 2);
    column->addStretch(1);
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { emit openRequested(item->data(Qt::UserRole).toString()); });
    connect(&Settings::instance(), &Settings::recentProjectsChanged, this, &StartPage::refreshRecent);
    refreshRecent();
}

void StartPage::refreshRecent()
{
    m_recent->clear();
    for (const QString& path : Settings::instance().recentProjects()) {
        const QFileInfo info(path);
        auto* item
            = new QListWidgetItem(tr("%1 — %2").arg(info.completeBaseName(), info.absolutePath()), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        if (!info.exists()) item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (m_recent->count() == 0) {
        auto* item = new QListWidgetItem(tr("No recent projects"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace waymark::ui
