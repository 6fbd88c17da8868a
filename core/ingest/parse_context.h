#pragma once

#include "format.h"
#include "input.h"

#include <string>

namespace waymark::ingest {

// Shared bookkeeping of every parser: rejects (with --strict turning the first into a failure),
// throttled progress and cancellation.
class ParseContext {
public:
    ParseContext(InputStream& in, const ParseOptions& options, RowSink& sink)
        : m_in(in)
        , m_options(options)
        , m_sink(sink)
    {
    }

    RowSink& sink() { return m_sink; }
    const ParseOptions& options() const { return m_options; }
    const std::string& path() const { return m_in.path(); }

    // Records a bad row. Returns false when parsing must stop (strict mode).
    bool reject(int64_t line, const std::string& reason)
    {
        m_sink.reject(line, reason);
        if (m_options.strict) {
            m_result.outcome = Outcome::Failed;
            m_result.message = path() + ":" + std::to_string(line) + ": " + reason;
            return false;
        }
        return true;
    }

    // Call once per row; checks progress and cancellation every 4096 rows. False = stop.
    bool tick()
    {
        m_sink.rowRead();
        if ((++m_rows & 4095) != 0 || !m_options.progress) return true;
        if (!m_options.progress(m_in.consumed(), m_in.total())) {
            m_result.outcome = Outcome::Cancelled;
            return false;
        }
        return true;
    }

    // A sink call returned false: the import was cancelled.
    bool cancelled()
    {
        if (m_result.outcome == Outcome::Success) m_result.outcome = Outcome::Cancelled;
        return false;
    }

    ParseResult fail(const std::string& message)
    {
        m_result.outcome = Outcome::Failed;
        m_result.message = message;
        return m_result;
    }
    ParseResult failAt(int64_t line, const std::string& reason)
    {
        return fail(path() + ":" + std::to_string(line) + ": " + reason);
    }

    ParseResult finish()
    {
        if (m_result.outcome == Outcome::Success && m_options.progress)
            m_options.progress(m_in.total(), m_in.total());
        return m_result;
    }

private:
    InputStream& m_in;
    const ParseOptions& m_options;
    RowSink& m_sink;
    ParseResult m_result;
    int64_t m_rows = 0;
};

} // namespace waymark::ingest
