from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)


class B(Base):
    __tablename__ = 'b'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
