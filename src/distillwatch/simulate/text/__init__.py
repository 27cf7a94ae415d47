"""Text sources of the range: benchmark-like tasks, benign prompts, attack wrappers."""
