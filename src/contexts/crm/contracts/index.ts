// Nothing is published yet: contracts/ holds only events another context consumes or may consume.
export {};
