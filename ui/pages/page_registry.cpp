#include "page_registry.h"

#include "ui/funnels/funnels_page.h"
#include "ui/journey/journey_page.h"
#include "ui/pages/overview/overview_page.h"
#include "ui/process/process_page.h"
#include "ui/sessions/sessions_page.h"

namespace waymark::ui {

namespace {
template<typename P> PageEntry entry(const char* id)
{
    return { QString::fromLatin1(id),
        [](ProjectContext& context, QWidget* parent) -> Page* { return new P(context, parent); } };
}
} // namespace

// The one list of pages: a new analysis page is one more line here.
const std::vector<PageEntry>& registeredPages()
{
    static const std::vector<PageEntry> pages {
        entry<OverviewPage>("overview"),
        entry<JourneyPage>("journey"),
        entry<FunnelsPage>("funnels"),
        entry<SessionsPage>("sessions"),
        entry<ProcessPage>("process"),
    };
    return pages;
}

} // namespace waymark::ui
