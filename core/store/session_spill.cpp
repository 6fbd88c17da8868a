#include "session_spill.h"

#include <stdexcept>

namespace waymark::store {

SessionSpill::~SessionSpill()
{
    if (m_file) std::fclose(m_file);
}

void SessionSpill::flush()
{
    if (m_buffer.empty()) return;
    if (!m_file) {
        m_file = std::tmpfile();
        if (!m_file) throw std::runtime_error("cannot create the import's temporary session file");
    }
    if (std::fwrite(m_buffer.data(), sizeof(ClosedSession), m_buffer.size(), m_file) != m_buffer.size()
        || std::fflush(m_file) != 0)
        throw std::runtime_error("cannot write the import's temporary session file (disk full?)");
    m_written += m_buffer.size();
    m_buffer.clear();
}

} // namespace waymark::store
