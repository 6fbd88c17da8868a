#pragma once

#include <QString>
#include <functional>
#include <vector>

class QWidget;

namespace waymark::ui {

class Page;
class ProjectContext;

struct PageEntry {
    QString id;
    std::function<Page*(ProjectContext&, QWidget* parent)> create;
};

// The workspace pages in navigation order. Ctrl+1 … Ctrl+9 follow this order.
const std::vector<PageEntry>& registeredPages();

} // namespace waymark::ui
