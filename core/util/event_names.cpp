#include "event_names.h"

namespace waymark {

namespace {
bool isSeparator(char c)
{
    return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '.';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

std::string canonicalEventKey(std::string_view raw)
{
    std::string key;
    key.reserve(raw.size() + 4);
    bool pendingSeparator = false;
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (isSeparator(c)) {
            pendingSeparator = !key.empty();
            continue;
        }
        // A word boundary inside camelCase: "signUp" and "HTTPServer" -> "sign_up", "http_server".
        if (isUpper(c) && i > 0) {
            const char prev = raw[i - 1];
            const bool nextLower = i + 1 < raw.size() && isLower(raw[i + 1]);
            if (isLower(prev) || isDigit(prev) || (isUpper(prev) && nextLower))
                pendingSeparator = !key.empty();
        }
        if (pendingSeparator) {
            key.push_back('_');
            pendingSeparator = false;
        }
        key.push_back(isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return key;
}

} // namespace waymark
