"""The browser studio (Gradio). Calls core/ and sessions/; nothing imports ui/."""
