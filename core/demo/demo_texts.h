#pragma once

// Text templates of the demo's support tickets and NPS comments. Placeholders: {first} {provider}
// {Provider} {template} {error}.
#include <cstddef>
#include <span>
#include <string_view>

namespace waymark::demo::detail {

struct TicketTexts {
    std::span<const std::string_view> subjects;
    std::span<const std::string_view> bodies;
    std::span<const std::string_view> replies;
    std::span<const std::string_view> followUps;
    std::string_view tags;
    bool paired = false; // subjects[i] goes with bodies[i]; otherwise any subject fits any body
};
// Texts of kTicketThemes[theme].
const TicketTexts& ticketTexts(size_t theme);

enum class NpsDriver { General, Integration, TeamSettings, Templates };
std::span<const std::string_view> npsComments(int score, NpsDriver driver);

} // namespace waymark::demo::detail
