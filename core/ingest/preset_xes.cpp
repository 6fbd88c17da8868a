// XES event logs (IEEE 1849): one trace per case, one event per activity instance.
#include "parse_context.h"
#include "parsers.h"
#include "props_builder.h"
#include "records_util.h"
#include "sniff_util.h"

#include <QXmlStreamReader>
#include <vector>

namespace waymark::ingest {

int sniffXes(std::string_view head, std::string_view fileName)
{
    const std::string_view text = trimmed(head.substr(head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0));
    if (text.empty() || text.front() != '<') return 0;
    const bool hasLog = text.find("<log") != std::string_view::npos;
    if (hasLog
        && (text.find("xes-standard.org") != std::string_view::npos
            || text.find("xes.version") != std::string_view::npos))
        return 60;
    if (hasLog && text.find("<trace") != std::string_view::npos) return 50;
    return hasLog && fileNameHas(fileName, ".xes") ? 45 : 0;
}

namespace {

std::string utf8(QStringView s)
{
    return s.toUtf8().toStdString();
}

bool isAttributeElement(QStringView name)
{
    return name == u"string" || name == u"date" || name == u"int" || name == u"float" || name == u"boolean"
        || name == u"id" || name == u"list" || name == u"container";
}

// The members of a PropsBuilder object without its braces, so event and case properties can be
// joined into one object later.
std::string objectBody(PropsBuilder& props)
{
    const std::string_view json = props.finish();
    return json.empty() ? std::string() : std::string(json.substr(1, json.size() - 2));
}

class XesParser {
public:
    XesParser(InputStream& in, const ParseOptions& options, RowSink& sink)
        : m_in(in)
        , m_ctx(in, options, sink)
        , m_buffer(1 << 20)
    {
    }

    ParseResult run();

private:
    enum class Node { Log, Trace, Event, Ignored };
    struct PendingEvent {
        int64_t line = 0;
        std::string name;
        std::string time;
        std::string props; // object body
    };

    bool feed();
    bool startElement();
    bool endElement();
    void addTyped(PropsBuilder& props, std::string_view key, QStringView type, std::string_view value);
    bool finishEvent(bool inTrace);
    bool flushTrace();

    InputStream& m_in;
    ParseContext m_ctx;
    QXmlStreamReader m_xml;
    std::vector<char> m_buffer;
    std::vector<Node> m_stack;
    std::string m_traceName;
    PropsBuilder m_caseProps;
    PropsBuilder m_eventProps;
    PendingEvent m_event;
    std::vector<PendingEvent> m_pending; // a trace's events wait for the trace's own attributes
    std::string m_combined;
};

bool XesParser::feed()
{
    const int64_t n = m_in.read(m_buffer.data(), static_cast<int64_t>(m_buffer.size()));
    if (n <= 0) return false;
    m_xml.addData(QByteArray(m_buffer.data(), static_cast<qsizetype>(n)));
    return true;
}

ParseResult XesParser::run()
{
    try {
        if (!feed()) return m_ctx.fail(m_in.path() + ": file is empty");
        for (;;) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::Invalid) {
                if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed()) continue;
                const int64_t line = m_xml.lineNumber();
                if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                    return m_ctx.failAt(line, "the XML ends before the log is closed (truncated file?)");
                return m_ctx.failAt(line, "malformed XML: " + m_xml.errorString().toStdString());
            }
            if (token == QXmlStreamReader::EndDocument) break;
            if (token == QXmlStreamReader::StartElement && !startElement()) return m_ctx.finish();
            if (token == QXmlStreamReader::EndElement && !endElement()) return m_ctx.finish();
        }
    } catch (const std::exception& e) {
        return m_ctx.fail(e.what());
    }
    return m_ctx.finish();
}

// Returns false to stop (a failure or cancel already recorded in the context).
bool XesParser::startElement()
{
    const QStringView name = m_xml.name();
    if (m_stack.empty()) {
        if (name != u"log") {
            m_ctx.failAt(
                m_xml.lineNumber(), "not an XES log: the root element is <" + utf8(name) + ">, not <log>");
            return false;
        }
        m_stack.push_back(Node::Log);
        return true;
    }
    const Node parent = m_stack.back();
    if (parent == Node::Log && name == u"trace") {
        m_traceName.clear();
        m_caseProps.clear();
        m_stack.push_back(Node::Trace);
        return true;
    }
    if ((parent == Node::Log || parent == Node::Trace) && name == u"event") {
        m_event = PendingEvent {};
        m_event.line = m_xml.lineNumber();
        m_eventProps.clear();
        m_stack.push_back(Node::Event);
        return true;
    }
    // Nested (meta-)attributes, globals, classifiers and log attributes are not case or event data.
    m_stack.push_back(Node::Ignored);
    if ((parent != Node::Trace && parent != Node::Event) || !isAttributeElement(name)) return true;
    const auto attributes = m_xml.attributes();
    const std::string key = utf8(attributes.value(QLatin1String("key")));
    const std::string value = utf8(attributes.value(QLatin1String("value")));
    if (parent == Node::Trace) {
        if (key == "concept:name")
            m_traceName = value;
        else
            addTyped(m_caseProps, "case:" + key, name, value);
    } else if (key == "concept:name") {
        m_event.name = value;
    } else if (key == "time:timestamp") {
        m_event.time = value;
    } else {
        addTyped(m_eventProps, key, name, value);
    }
    return true;
}

bool XesParser::endElement()
{
    const Node node = m_stack.back();
    m_stack.pop_back();
    if (node == Node::Event) return finishEvent(m_stack.back() == Node::Trace);
    return node == Node::Trace ? flushTrace() : true;
}

void XesParser::addTyped(PropsBuilder& props, std::string_view key, QStringView type, std::string_view value)
{
    if (type == u"list" || type == u"container") return; // nested collections have no flat property form
    if ((type == u"int" || type == u"float") && PropsBuilder::looksNumeric(value))
        props.addRaw(key, value);
    else if (type == u"boolean" && (value == "true" || value == "false"))
        props.addRaw(key, value);
    else
        props.addString(key, value);
}

bool XesParser::finishEvent(bool inTrace)
{
    if (!m_ctx.tick()) return false;
    m_event.props = objectBody(m_eventProps);
    if (!inTrace) return m_ctx.reject(m_event.line, "event outside a trace (it has no case)");
    m_pending.push_back(std::move(m_event));
    return true;
}

bool XesParser::flushTrace()
{
    const std::string caseBody = objectBody(m_caseProps);
    std::string reason;
    for (const PendingEvent& e : m_pending) {
        EventRow row;
        row.line = e.line;
        if (m_traceName.empty()) {
            if (!m_ctx.reject(e.line, "the event's trace has no concept:name (case id)")) return false;
            continue;
        }
        if (e.name.empty()) {
            if (!m_ctx.reject(e.line, "event has no concept:name (activity)")) return false;
            continue;
        }
        if (!parseTime(e.time, m_ctx.options(), row.timeMs, reason, "time:timestamp")) {
            if (!m_ctx.reject(e.line, reason)) return false;
            continue;
        }
        row.userId = m_traceName;
        row.sessionId = m_traceName; // a case is one session
        row.event = e.name;
        m_combined.clear();
        if (!e.props.empty() || !caseBody.empty()) {
            m_combined = "{" + e.props;
            if (!e.props.empty() && !caseBody.empty()) m_combined.push_back(',');
            m_combined += caseBody + "}";
        }
        row.propsJson = m_combined;
        if (!m_ctx.sink().event(row)) return m_ctx.cancelled();
    }
    m_pending.clear();
    return true;
}

} // namespace

ParseResult parseXes(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    XesParser parser(in, options, sink);
    return parser.run();
}

} // namespace waymark::ingest
