"use client";

import { useMemo } from "react";
import { ChipsPicker } from "@/components/pickers/chips-picker";
import { localLookup } from "@/components/pickers/lookup-combobox";

export interface TopicChoice {
  id: string;
  name: string;
}

/**
 * Topics from the controlled vocabulary (small, so matched in the browser, accents aside): chosen
 * ones as removable chips, a type-ahead to add more. No creating: admins curate topics.
 */
export function TopicPicker({
  id,
  topics,
  value,
  onChange,
  error,
}: {
  id: string;
  topics: TopicChoice[];
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
}) {
  const lookup = useMemo(() => localLookup(topics, (topic) => ({ id: topic.id, label: topic.name, hint: "" })), [topics]);
  const names = new Map(topics.map((topic) => [topic.id, topic.name]));
  return (
    <ChipsPicker
      id={id}
      label="Topics"
      noun="topic"
      chips={value.map((topicId) => ({ key: topicId, text: names.get(topicId) ?? "Unknown topic" }))}
      onRemove={(topicId) => onChange(value.filter((t) => t !== topicId))}
      lookup={lookup}
      onSelect={(option) => {
        if (!value.includes(option.id)) onChange([...value, option.id]);
      }}
      error={error}
    />
  );
}
