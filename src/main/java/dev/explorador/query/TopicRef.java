package dev.explorador.query;

/** A concept's place in the course outline: module and topic, with their order. */
public record TopicRef(String topicIri, String topicLabel, int topicOrder, String moduleIri, String moduleLabel,
                       int moduleOrder, int orderInTopic) {}
