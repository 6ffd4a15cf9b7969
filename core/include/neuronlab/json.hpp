// A small strict JSON reader (RFC 8259: objects, arrays, numbers, strings, true, false, null;
// UTF-8 checked) and the two writers the model format needs. The reader never recurses, so
// any nesting depth is safe, and keeps every value in one flat array.
// Does not: report where the text is malformed (a caller states what it expected instead),
// or keep numbers as written (a number is its double, plus its integer when it is one).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nl::json {

enum class Type : unsigned char { null, boolean, number, string, array, object };

// "null", "boolean", "number", "string", "array" or "object".
const char* type_name(Type type);

class Document;

// A read-only view of one value of a Document (valid while the Document lives).
class Value {
public:
    Type type() const;
    bool is_array() const { return type() == Type::array; }
    bool is_object() const { return type() == Type::object; }
    bool is_string() const { return type() == Type::string; }
    bool is_number() const { return type() == Type::number; }

    double number() const;          // a number's value
    bool is_whole() const;          // written as an integer >= 0 that fits 64 bits
    std::uint64_t whole() const;    // then its exact value
    bool boolean() const;           // true or false
    std::string_view text() const;  // a string's decoded UTF-8

    std::size_t size() const;               // an array's items, an object's members
    Value operator[](std::size_t i) const;  // item i, or member i's value
    bool has_containers() const;            // any item or member is an array or object
    // The member named `key` (the last one if repeated); false when there is none.
    bool find(std::string_view key, Value& out) const;

    // Compact JSON text of a scalar, or of a container of scalars (nested containers show as
    // [...] or {...}: this never recurses).
    std::string dump() const;

private:
    friend class Document;
    Value(const Document* doc, std::uint32_t index) : doc_(doc), index_(index) {}
    const Document* doc_;
    std::uint32_t index_;
};

class Document {
public:
    // Parses `text`; false when it is not one valid JSON value (the document is then empty).
    bool parse(std::string_view text);
    Value root() const { return Value(this, 0); }

private:
    friend class Value;
    struct Node {
        Type type = Type::null;
        bool flag = false;          // boolean value; for numbers: written as an integer
        bool whole = false;         // number: integer >= 0 that fits 64 bits
        std::uint64_t integer = 0;  // its value
        double number = 0.0;
        std::uint32_t text = 0, text_size = 0;  // string value, in strings_
        std::uint32_t key = 0, key_size = 0;    // member key in the parent object, in strings_
        std::uint32_t first = 0, size = 0;      // children: children_[first .. first + size)
    };
    class Parser;

    std::vector<Node> nodes_;              // nodes_[0] is the root
    std::vector<std::uint32_t> children_;  // each container's children, contiguous
    std::string strings_;                  // every decoded string and key
};

// Appends `s` as a JSON string (quotes, escapes for '"', '\\' and control characters).
void write_string(std::string& out, std::string_view s);

// Appends a finite double as the shortest text that reads back to the same bits ("-0" for
// negative zero, "0.1" for 0.1, "1e+300").
void write_number(std::string& out, double v);

}  // namespace nl::json
