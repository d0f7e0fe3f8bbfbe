"""The bundled demo model: a tiny bilingual Hunyuan-DiT for the shapes world.

Its components are ordinary diffusers/transformers classes plus one small
autoencoder of ours, so the painter loads it exactly like the real model.
"""
