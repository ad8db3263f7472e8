from typing import Optional

from sqlalchemy import Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Class(Base):
    __tablename__ = 'class'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    from_: Mapped[Optional[str]] = mapped_column('from', Text)
    import_: Mapped[Optional[int]] = mapped_column('import', Integer)
    with_space: Mapped[Optional[str]] = mapped_column('with space', Text)
    dash_name: Mapped[Optional[str]] = mapped_column('dash-name', Text)
    _1st: Mapped[Optional[int]] = mapped_column('1st', Integer)
