from typing import Optional

from sqlalchemy import String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Select(Base):
    __tablename__ = 'select'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    from_: Mapped[Optional[str]] = mapped_column('from', String(10))
    import_: Mapped[Optional[int]] = mapped_column('import', INTEGER(11))
    def_: Mapped[Optional[int]] = mapped_column('def', INTEGER(11))
    class_: Mapped[Optional[str]] = mapped_column('class', String(5))
    with_space: Mapped[Optional[int]] = mapped_column('with space', INTEGER(11))
    dash_name: Mapped[Optional[int]] = mapped_column('dash-name', INTEGER(11))
    _1st: Mapped[Optional[int]] = mapped_column('1st', INTEGER(11))
    naïve: Mapped[Optional[str]] = mapped_column(String(10))
