// The JSON reader as a loop over an explicit stack of open containers: each value becomes one
// node; a container's children are collected on a pending list and moved, contiguous, to
// children_ when it closes. Numbers go through decimal.hpp, which rounds correctly.
#include "neuronlab/json.hpp"

#include "neuronlab/decimal.hpp"

namespace nl::json {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
    if (is_digit(c)) return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The length of the well-formed UTF-8 sequence at s[p] (RFC 3629: no overlong forms, no
// surrogates, at most U+10FFFF), or 0.
std::size_t utf8_length(std::string_view s, std::size_t p) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned c = byte(p);
    if (c < 0x80) return 1;
    const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (n == 0 || c > 0xF4 || p + n > s.size()) return 0;
    // The second byte's range depends on the first (this rules out overlongs and surrogates).
    const unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    const unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (byte(p + 1) < lo || byte(p + 1) > hi) return 0;
    for (std::size_t i = 2; i < n; ++i)
        if ((byte(p + i) & 0xC0) != 0x80) return 0;
    return n;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace

const char* type_name(Type type) {
    switch (type) {
        case Type::null:
            return "null";
        case Type::boolean:
            return "boolean";
        case Type::number:
            return "number";
        case Type::string:
            return "string";
        case Type::array:
            return "array";
        case Type::object:
            return "object";
    }
    return "";
}

// ---- Reading -------------------------------------------------------------------------------

class Document::Parser {
public:
    Parser(Document& doc, std::string_view text) : d_(doc), t_(text) {}

    bool run() {
        if (!value(0, 0)) return false;
        while (!open_.empty()) {
            const std::uint32_t node = open_.back().node;
            const bool object = d_.nodes_[node].type == Type::object;
            skip();
            if (p_ == t_.size()) return false;
            if (t_[p_] == (object ? '}' : ']')) {
                ++p_;
                close();
                continue;
            }
            if (open_.back().count++ > 0 && t_[p_++] != ',') return false;
            std::uint32_t key = 0, key_size = 0;
            if (object) {
                skip();
                if (!string(key, key_size)) return false;
                skip();
                if (p_ == t_.size() || t_[p_++] != ':') return false;
            }
            if (!value(key, key_size)) return false;
        }
        skip();
        return p_ == t_.size();
    }

private:
    struct Open {
        std::uint32_t node;
        std::size_t pending;  // where its children start in pending_
        std::size_t count;    // children so far
    };

    void skip() {
        while (p_ < t_.size() && is_space(t_[p_])) ++p_;
    }

    // One value: a scalar whole, or a container opened (its children follow in run()).
    bool value(std::uint32_t key, std::uint32_t key_size) {
        skip();
        if (p_ == t_.size()) return false;
        const auto index = static_cast<std::uint32_t>(d_.nodes_.size());
        d_.nodes_.emplace_back();
        d_.nodes_[index].key = key;
        d_.nodes_[index].key_size = key_size;
        if (!open_.empty()) pending_.push_back(index);
        const char c = t_[p_];
        if (c == '{' || c == '[') {
            ++p_;
            d_.nodes_[index].type = c == '{' ? Type::object : Type::array;
            open_.push_back({index, pending_.size(), 0});
            return true;
        }
        if (c == '"') {
            std::uint32_t at = 0, size = 0;
            if (!string(at, size)) return false;
            Node& n = d_.nodes_[index];
            n.type = Type::string;
            n.text = at;
            n.text_size = size;
            return true;
        }
        if (c == 't' || c == 'f') {
            d_.nodes_[index].type = Type::boolean;
            d_.nodes_[index].flag = c == 't';
            return word(c == 't' ? "true" : "false");
        }
        if (c == 'n') return word("null");
        return number(d_.nodes_[index]);
    }

    void close() {
        const Open o = open_.back();
        open_.pop_back();
        Node& n = d_.nodes_[o.node];
        n.first = static_cast<std::uint32_t>(d_.children_.size());
        n.size = static_cast<std::uint32_t>(pending_.size() - o.pending);
        d_.children_.insert(d_.children_.end(), pending_.begin() + static_cast<long>(o.pending),
                            pending_.end());
        pending_.resize(o.pending);
    }

    bool word(std::string_view w) {
        if (t_.substr(p_, w.size()) != w) return false;
        p_ += w.size();
        return true;
    }

    // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number(Node& n) {
        const std::size_t start = p_;
        const auto digits = [&] {
            const std::size_t from = p_;
            while (p_ < t_.size() && is_digit(t_[p_])) ++p_;
            return p_ > from;
        };
        const bool negative = p_ < t_.size() && t_[p_] == '-';
        if (negative) ++p_;
        const std::size_t int_start = p_;
        if (!digits() || (t_[int_start] == '0' && p_ - int_start > 1)) return false;
        const std::size_t int_end = p_;
        bool integer = true;
        if (p_ < t_.size() && t_[p_] == '.') {
            ++p_;
            if (!digits()) return false;
            integer = false;
        }
        if (p_ < t_.size() && (t_[p_] == 'e' || t_[p_] == 'E')) {
            ++p_;
            if (p_ < t_.size() && (t_[p_] == '+' || t_[p_] == '-')) ++p_;
            if (!digits()) return false;
            integer = false;
        }
        n.type = Type::number;
        n.flag = integer;
        n.number = decimal::parse_decimal(t_.substr(start, p_ - start));
        if (integer && !negative) {
            std::uint64_t v = 0;
            n.whole = true;
            for (std::size_t i = int_start; i < int_end && n.whole; ++i) {
                const auto d = static_cast<std::uint64_t>(t_[i] - '0');
                n.whole = v <= (UINT64_MAX - d) / 10;
                v = v * 10 + d;
            }
            n.integer = n.whole ? v : 0;
        }
        return true;
    }

    // A string at t_[p_] == '"', decoded into the document's strings_.
    bool string(std::uint32_t& at, std::uint32_t& size) {
        if (p_ == t_.size() || t_[p_] != '"') return false;
        ++p_;
        std::string& out = d_.strings_;
        at = static_cast<std::uint32_t>(out.size());
        while (p_ < t_.size()) {
            const char c = t_[p_];
            if (c == '"') {
                ++p_;
                size = static_cast<std::uint32_t>(out.size() - at);
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) return false;
            if (c != '\\') {
                const std::size_t n = utf8_length(t_, p_);
                if (n == 0) return false;
                out.append(t_.substr(p_, n));
                p_ += n;
                continue;
            }
            if (++p_ == t_.size()) return false;
            const char e = t_[p_++];
            switch (e) {
                case '"':
                case '\\':
                case '/':
                    out += e;
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp) || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {  // a high surrogate: its pair follows
                        std::uint32_t low = 0;
                        if (!word("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF)
                            return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    append_utf8(out, cp);
                    break;
                }
                default:
                    return false;
            }
        }
        return false;
    }

    bool hex4(std::uint32_t& cp) {
        if (t_.size() - p_ < 4) return false;
        for (int i = 0; i < 4; ++i) {
            const int h = hex_value(t_[p_++]);
            if (h < 0) return false;
            cp = cp * 16 + static_cast<std::uint32_t>(h);
        }
        return true;
    }

    Document& d_;
    std::string_view t_;
    std::size_t p_ = 0;
    std::vector<Open> open_;
    std::vector<std::uint32_t> pending_;
};

bool Document::parse(std::string_view text) {
    nodes_.clear();
    children_.clear();
    strings_.clear();
    if (text.size() < UINT32_MAX && Parser(*this, text).run()) return true;
    nodes_.assign(1, Node{});  // a failed parse leaves one null
    children_.clear();
    strings_.clear();
    return false;
}

// ---- Values --------------------------------------------------------------------------------

Type Value::type() const { return doc_->nodes_[index_].type; }
double Value::number() const { return doc_->nodes_[index_].number; }
bool Value::is_whole() const { return doc_->nodes_[index_].whole; }
std::uint64_t Value::whole() const { return doc_->nodes_[index_].integer; }
bool Value::boolean() const { return doc_->nodes_[index_].flag; }
std::size_t Value::size() const { return doc_->nodes_[index_].size; }

std::string_view Value::text() const {
    const auto& n = doc_->nodes_[index_];
    return std::string_view(doc_->strings_).substr(n.text, n.text_size);
}

Value Value::operator[](std::size_t i) const {
    return Value(doc_, doc_->children_[doc_->nodes_[index_].first + i]);
}

bool Value::has_containers() const {
    for (std::size_t i = 0; i < size(); ++i)
        if ((*this)[i].is_array() || (*this)[i].is_object()) return true;
    return false;
}

bool Value::find(std::string_view key, Value& out) const {
    if (!is_object()) return false;
    for (std::size_t i = size(); i-- > 0;) {
        const Value v = (*this)[i];
        const auto& n = doc_->nodes_[v.index_];
        if (std::string_view(doc_->strings_).substr(n.key, n.key_size) == key) {
            out = v;
            return true;
        }
    }
    return false;
}

std::string Value::dump() const {
    std::string out;
    const auto scalar = [&out](const Value& v) {
        const auto& n = v.doc_->nodes_[v.index_];
        switch (n.type) {
            case Type::null:
                out += "null";
                break;
            case Type::boolean:
                out += n.flag ? "true" : "false";
                break;
            case Type::string:
                write_string(out, v.text());
                break;
            case Type::array:
                out += "[...]";
                break;
            case Type::object:
                out += "{...}";
                break;
            case Type::number: {
                if (n.whole) {
                    out += std::to_string(n.integer);
                    break;
                }
                const std::size_t from = out.size();
                write_number(out, n.number);
                // A number written with a fraction or exponent shows as one ("2.0", not "2").
                if (!n.flag && out.find_first_of(".e", from) == std::string::npos) out += ".0";
            }
        }
    };
    if (!is_array() && !is_object()) {
        scalar(*this);
        return out;
    }
    out += is_array() ? '[' : '{';
    for (std::size_t i = 0; i < size(); ++i) {
        if (i) out += ',';
        const Value v = (*this)[i];
        if (is_object()) {
            const auto& n = doc_->nodes_[v.index_];
            write_string(out, std::string_view(doc_->strings_).substr(n.key, n.key_size));
            out += ':';
        }
        scalar(v);
    }
    out += is_array() ? ']' : '}';
    return out;
}

// ---- Writing -------------------------------------------------------------------------------

void write_string(std::string& out, std::string_view s) {
    out += '"';
    for (const char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            const auto code = static_cast<unsigned char>(c);  // \u00XX, in lower-case hex
            out += "\\u00";
            out += "0123456789abcdef"[code >> 4];
            out += "0123456789abcdef"[code & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}

void write_number(std::string& out, double v) { out += decimal::round_trip_g(v, 15); }

}  // namespace nl::json
