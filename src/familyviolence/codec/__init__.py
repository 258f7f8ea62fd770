"""Documents at the edges: models to and from dicts and JSON, fast and exact, and their schema.

Every document carries ``schema_version`` at its top. :func:`from_json` takes the fast path
first (msgspec decodes into strict mirrors of the models, which are then built through their
constructors); a document it refuses is decoded again on the exact path (cattrs), which raises
:class:`~familyviolence.errors.InvalidDocument` listing every problem with its JSON path. Documents
of an earlier schema version are migrated step by step. :func:`json_schema` describes a
document of any model as JSON Schema. How the paths work is the codec's own business: nothing
outside this package reads them.
"""

from familyviolence.codec._documents import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from familyviolence.codec._schema import json_schema

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "json_schema", "to_dict", "to_json"]
