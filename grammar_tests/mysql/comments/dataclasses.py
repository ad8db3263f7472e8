from typing import Optional

from sqlalchemy import String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Notes(Base):
    __tablename__ = 'notes'
    __table_args__ = {'comment': 'Notes table: \'single\' and "double" quotes'}

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, comment='primary key')
    body: Mapped[Optional[str]] = mapped_column(Text, comment='it\'s got "quotes", a backslash \\ and %s')
    tag: Mapped[Optional[str]] = mapped_column(String(10), comment='line one\nline two')
