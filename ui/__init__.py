"""The browser studio (Gradio). Talks to core/ through the engine (never to sessions/); nothing imports ui/."""
