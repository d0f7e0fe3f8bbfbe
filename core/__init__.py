"""Inkturn's engine: rewriting, painting and the turn loop. Never imports ui/."""
