#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace waymark::ingest {

// The first record's column names of a delimited text sample (normalised: lower case, no '$'),
// empty when the sample does not look like delimited text.
std::vector<std::string> csvHeaderOf(std::string_view head);
bool hasColumn(const std::vector<std::string>& header, std::string_view normalisedName);
int countColumns(const std::vector<std::string>& header, std::initializer_list<std::string_view> names);

// True when the sample starts (after whitespace / BOM) with '{' or '['.
bool looksLikeJson(std::string_view head);
// True when "key" appears as a JSON member name in the sample.
bool jsonHasKey(std::string_view head, std::string_view key);
int countJsonKeys(std::string_view head, std::initializer_list<std::string_view> keys);

bool fileNameHas(std::string_view fileName, std::string_view part); // case-insensitive

} // namespace waymark::ingest
