"""Kinetoscope: open text-to-video with a diffusion transformer over spacetime patches.

The package is layered (see DESIGN.md): ``config``/``errors`` <- ``nn`` <- ``vae``, ``dit``,
``text``, ``diffusion`` <- ``conditioning`` <- ``pipeline`` <- ``service`` <- ``server``, ``cli``.
``world``, ``media``, ``safety`` and ``provenance`` import no model code. Importing the
package itself is cheap: heavy modules are imported where they are used.
"""

__version__ = "0.1.0"
