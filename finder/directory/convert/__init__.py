"""Every conversion of a service, one module per shape, all through the typed `Service`
(`finder.directory.model`): content records (`content`), database rows and the store's records
(`stored`), the flat CSV (`flat`), the staff editor's form (`form`), the API (`public`) and Open
Referral UK 3.0 (`oruk`; `finder.directory.oruk` reads the store for it). A new field is added
here once and every shape carries it; nothing here touches a database or a request.
"""
