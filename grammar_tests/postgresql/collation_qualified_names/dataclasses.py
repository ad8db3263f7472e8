from typing import Optional

from sqlalchemy import Integer, PrimaryKeyConstraint, String, Text, VARCHAR
from sqlalchemy.dialects.postgresql import DOMAIN
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Page(Base):
    __tablename__ = 'page'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='page_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(80, 'C'), nullable=False)
    sort_key: Mapped[Optional[str]] = mapped_column(Text(collation='POSIX'))
    path: Mapped[Optional[str]] = mapped_column(DOMAIN('slug', VARCHAR(collation='C'), 'C', not_null=False, create_type=False, schema=None, metadata=MetaData()))
