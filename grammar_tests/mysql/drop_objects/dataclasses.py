from typing import Optional

from sqlalchemy import String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class KeepMe(Base):
    __tablename__ = 'keep_me'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    note: Mapped[Optional[str]] = mapped_column(String(20), index=True)
